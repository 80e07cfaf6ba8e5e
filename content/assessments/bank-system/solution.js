/** Plain code-unit order; localeCompare would depend on the machine's locale. */
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A bank whose clock is the `timestamp` every call carries.
 *
 * Scheduled payments are settled lazily: each call first runs every payment that has fallen due,
 * in due order, and records it in the balance history at its due time. That is sound because no
 * other change can have happened between a payment's due time and the call that notices it.
 *
 * An account is { balance, outgoing, history }: `outgoing` is the money that left it
 * (withdrawals, transfers out, processed payments) and `history` holds [time, balance] after each
 * change, oldest first, starting with the creation.
 */
export class BankSystem {
  constructor() {
    this.accounts = new Map();
    /** paymentId -> { accountId, amount, due, status } */
    this.payments = new Map();
    /** Payments not yet run, sorted by due time, then by scheduling order. */
    this.queue = [];
    this.paymentCount = 0;
  }

  // Level 1

  createAccount(timestamp, accountId) {
    this.settle(timestamp);
    if (this.accounts.has(accountId)) return false;
    this.accounts.set(accountId, { balance: 0, outgoing: 0, history: [[timestamp, 0]] });
    return true;
  }

  deposit(timestamp, accountId, amount) {
    this.settle(timestamp);
    const account = this.accounts.get(accountId);
    if (account === undefined) return null;
    this.change(account, timestamp, amount);
    return account.balance;
  }

  withdraw(timestamp, accountId, amount) {
    this.settle(timestamp);
    const account = this.accounts.get(accountId);
    if (account === undefined || account.balance < amount) return null;
    this.spend(account, timestamp, amount);
    return account.balance;
  }

  getBalance(timestamp, accountId) {
    this.settle(timestamp);
    return this.accounts.get(accountId)?.balance ?? null;
  }

  // Level 2

  transfer(timestamp, sourceId, targetId, amount) {
    this.settle(timestamp);
    const source = this.accounts.get(sourceId);
    const target = this.accounts.get(targetId);
    if (source === undefined || target === undefined || sourceId === targetId) return null;
    if (source.balance < amount) return null;
    this.spend(source, timestamp, amount);
    this.change(target, timestamp, amount);
    return source.balance;
  }

  topSpenders(timestamp, n) {
    this.settle(timestamp);
    return [...this.accounts]
      .sort(([idA, a], [idB, b]) => b.outgoing - a.outgoing || compareIds(idA, idB))
      .slice(0, n)
      .map(([id, account]) => `${id}(${account.outgoing})`);
  }

  // Level 3

  schedulePayment(timestamp, accountId, amount, delay) {
    this.settle(timestamp);
    if (!this.accounts.has(accountId)) return null;
    this.paymentCount += 1;
    const id = `payment${this.paymentCount}`;
    const payment = { accountId, amount, due: timestamp + delay, status: "scheduled" };
    this.payments.set(id, payment);
    // Insert after every payment due at or before this one: equal due times keep scheduling order.
    let index = this.queue.length;
    while (index > 0 && this.queue[index - 1].due > payment.due) index -= 1;
    this.queue.splice(index, 0, payment);
    return id;
  }

  cancelPayment(timestamp, accountId, paymentId) {
    this.settle(timestamp);
    const payment = this.ownedPayment(accountId, paymentId);
    if (payment === null || payment.status !== "scheduled") return false;
    // It stays in the queue; settle() skips anything that is no longer scheduled.
    payment.status = "canceled";
    return true;
  }

  getPaymentStatus(timestamp, accountId, paymentId) {
    this.settle(timestamp);
    return this.ownedPayment(accountId, paymentId)?.status ?? null;
  }

  // Level 4

  mergeAccounts(timestamp, accountId1, accountId2) {
    this.settle(timestamp);
    const kept = this.accounts.get(accountId1);
    const merged = this.accounts.get(accountId2);
    if (kept === undefined || merged === undefined || accountId1 === accountId2) return false;
    kept.outgoing += merged.outgoing;
    this.change(kept, timestamp, merged.balance);
    for (const payment of this.payments.values()) {
      if (payment.accountId === accountId2) payment.accountId = accountId1;
    }
    // The id is free again; a later createAccount starts a new account with no history.
    this.accounts.delete(accountId2);
    return true;
  }

  getBalanceAt(timestamp, accountId, timeAt) {
    this.settle(timestamp);
    const history = this.accounts.get(accountId)?.history;
    if (history === undefined || history[0][0] > timeAt) return null;
    // Binary search for the last entry at or before timeAt.
    let low = 0;
    let high = history.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (history[middle][0] <= timeAt) low = middle;
      else high = middle - 1;
    }
    return history[low][1];
  }

  // Helpers

  /** Runs, in order, every scheduled payment due at or before `timestamp`. */
  settle(timestamp) {
    while (this.queue.length > 0 && this.queue[0].due <= timestamp) {
      const payment = this.queue.shift();
      if (payment.status !== "scheduled") continue;
      const account = this.accounts.get(payment.accountId);
      if (account.balance < payment.amount) {
        payment.status = "failed";
      } else {
        this.spend(account, payment.due, payment.amount);
        payment.status = "processed";
      }
    }
  }

  /**
   * The payment, if it exists and belongs to `accountId`. A payment's owner always exists (a merge
   * hands the payments over), so this also rejects unknown accounts.
   */
  ownedPayment(accountId, paymentId) {
    const payment = this.payments.get(paymentId);
    return payment !== undefined && payment.accountId === accountId ? payment : null;
  }

  spend(account, time, amount) {
    account.outgoing += amount;
    this.change(account, time, -amount);
  }

  change(account, time, delta) {
    account.balance += delta;
    account.history.push([time, account.balance]);
  }
}
