from bisect import bisect_right


class Account:
    def __init__(self):
        self.balance = 0
        # Money that left the account: withdrawals, transfers out and processed payments.
        self.outgoing = 0
        # Times and balances after each change, oldest first; the first entry is the creation.
        self.times = []
        self.balances = []


class Payment:
    def __init__(self, account_id, amount, due):
        self.account_id = account_id
        self.amount = amount
        self.due = due
        self.status = "scheduled"  # then "processed", "failed" or "canceled"


class BankSystem:
    """A bank whose clock is the `timestamp` every call carries.

    Scheduled payments are settled lazily: each call first runs every payment that has fallen
    due, in due order, and records it in the balance history at its due time. That is sound
    because no other change can have happened between a payment's due time and the call that
    notices it.
    """

    def __init__(self):
        self.accounts = {}
        self.payments = {}
        # Payments not yet run, sorted by due time, then by scheduling order.
        self.queue = []
        self.payment_count = 0

    # Level 1

    def createAccount(self, timestamp, accountId):
        self._settle(timestamp)
        if accountId in self.accounts:
            return False
        account = Account()
        self._record(account, timestamp)
        self.accounts[accountId] = account
        return True

    def deposit(self, timestamp, accountId, amount):
        self._settle(timestamp)
        account = self.accounts.get(accountId)
        if account is None:
            return None
        self._change(account, timestamp, amount)
        return account.balance

    def withdraw(self, timestamp, accountId, amount):
        self._settle(timestamp)
        account = self.accounts.get(accountId)
        if account is None or account.balance < amount:
            return None
        self._spend(account, timestamp, amount)
        return account.balance

    def getBalance(self, timestamp, accountId):
        self._settle(timestamp)
        account = self.accounts.get(accountId)
        return None if account is None else account.balance

    # Level 2

    def transfer(self, timestamp, sourceId, targetId, amount):
        self._settle(timestamp)
        source = self.accounts.get(sourceId)
        target = self.accounts.get(targetId)
        if source is None or target is None or sourceId == targetId:
            return None
        if source.balance < amount:
            return None
        self._spend(source, timestamp, amount)
        self._change(target, timestamp, amount)
        return source.balance

    def topSpenders(self, timestamp, n):
        self._settle(timestamp)
        ranked = sorted(self.accounts.items(), key=lambda item: (-item[1].outgoing, item[0]))
        return [f"{account_id}({account.outgoing})" for account_id, account in ranked[:n]]

    # Level 3

    def schedulePayment(self, timestamp, accountId, amount, delay):
        self._settle(timestamp)
        if accountId not in self.accounts:
            return None
        self.payment_count += 1
        payment_id = f"payment{self.payment_count}"
        payment = Payment(accountId, amount, timestamp + delay)
        self.payments[payment_id] = payment
        # Insert after every payment due at or before this one: equal due times keep scheduling
        # order.
        index = len(self.queue)
        while index > 0 and self.queue[index - 1].due > payment.due:
            index -= 1
        self.queue.insert(index, payment)
        return payment_id

    def cancelPayment(self, timestamp, accountId, paymentId):
        self._settle(timestamp)
        payment = self._owned_payment(accountId, paymentId)
        if payment is None or payment.status != "scheduled":
            return False
        # It stays in the queue; _settle skips anything that is no longer scheduled.
        payment.status = "canceled"
        return True

    def getPaymentStatus(self, timestamp, accountId, paymentId):
        self._settle(timestamp)
        payment = self._owned_payment(accountId, paymentId)
        return None if payment is None else payment.status

    # Level 4

    def mergeAccounts(self, timestamp, accountId1, accountId2):
        self._settle(timestamp)
        kept = self.accounts.get(accountId1)
        merged = self.accounts.get(accountId2)
        if kept is None or merged is None or accountId1 == accountId2:
            return False
        kept.outgoing += merged.outgoing
        self._change(kept, timestamp, merged.balance)
        for payment in self.payments.values():
            if payment.account_id == accountId2:
                payment.account_id = accountId1
        # The id is free again; a later createAccount starts a new account with no history.
        del self.accounts[accountId2]
        return True

    def getBalanceAt(self, timestamp, accountId, timeAt):
        self._settle(timestamp)
        account = self.accounts.get(accountId)
        if account is None:
            return None
        # The last entry at or before timeAt; none if the account was created after it.
        index = bisect_right(account.times, timeAt) - 1
        return None if index < 0 else account.balances[index]

    # Helpers

    def _settle(self, timestamp):
        """Runs, in order, every scheduled payment due at or before `timestamp`."""
        done = 0
        for payment in self.queue:
            if payment.due > timestamp:
                break
            done += 1
            if payment.status != "scheduled":
                continue
            account = self.accounts[payment.account_id]
            if account.balance < payment.amount:
                payment.status = "failed"
            else:
                self._spend(account, payment.due, payment.amount)
                payment.status = "processed"
        del self.queue[:done]

    def _owned_payment(self, account_id, payment_id):
        """The payment, if it exists and belongs to `account_id`.

        A payment's owner always exists (a merge hands the payments over), so this also rejects
        unknown accounts.
        """
        payment = self.payments.get(payment_id)
        if payment is None or payment.account_id != account_id:
            return None
        return payment

    def _spend(self, account, time, amount):
        account.outgoing += amount
        self._change(account, time, -amount)

    def _change(self, account, time, delta):
        account.balance += delta
        self._record(account, time)

    def _record(self, account, time):
        account.times.append(time)
        account.balances.append(account.balance)
