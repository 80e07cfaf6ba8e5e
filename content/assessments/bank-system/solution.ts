/** What happened to a scheduled payment. */
type PaymentStatus = "scheduled" | "processed" | "failed" | "canceled";

interface Account {
  balance: number;
  /** Money that left the account: withdrawals, transfers out and processed payments. */
  outgoing: number;
  /** [time, balance] after each change, oldest first; the first entry is the creation. */
  history: Array<[number, number]>;
}

interface Payment {
  accountId: string;
  amount: number;
  due: number;
  status: PaymentStatus;
}

/** Plain code-unit order; localeCompare would depend on the machine's locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A bank whose clock is the `timestamp` every call carries.
 *
 * Scheduled payments are settled lazily: each call first runs every payment that has fallen due,
 * in due order, and records it in the balance history at its due time. That is sound because no
 * other change can have happened between a payment's due time and the call that notices it.
 */
export class BankSystem {
  private readonly accounts = new Map<string, Account>();
  private readonly payments = new Map<string, Payment>();
  /** Payments not yet run, sorted by due time, then by scheduling order. */
  private readonly queue: Payment[] = [];
  private paymentCount = 0;

  // Level 1

  createAccount(timestamp: number, accountId: string): boolean {
    this.settle(timestamp);
    if (this.accounts.has(accountId)) return false;
    this.accounts.set(accountId, { balance: 0, outgoing: 0, history: [[timestamp, 0]] });
    return true;
  }

  deposit(timestamp: number, accountId: string, amount: number): number | null {
    this.settle(timestamp);
    const account = this.accounts.get(accountId);
    if (account === undefined) return null;
    this.change(account, timestamp, amount);
    return account.balance;
  }

  withdraw(timestamp: number, accountId: string, amount: number): number | null {
    this.settle(timestamp);
    const account = this.accounts.get(accountId);
    if (account === undefined || account.balance < amount) return null;
    this.spend(account, timestamp, amount);
    return account.balance;
  }

  getBalance(timestamp: number, accountId: string): number | null {
    this.settle(timestamp);
    return this.accounts.get(accountId)?.balance ?? null;
  }

  // Level 2

  transfer(timestamp: number, sourceId: string, targetId: string, amount: number): number | null {
    this.settle(timestamp);
    const source = this.accounts.get(sourceId);
    const target = this.accounts.get(targetId);
    if (source === undefined || target === undefined || sourceId === targetId) return null;
    if (source.balance < amount) return null;
    this.spend(source, timestamp, amount);
    this.change(target, timestamp, amount);
    return source.balance;
  }

  topSpenders(timestamp: number, n: number): string[] {
    this.settle(timestamp);
    return [...this.accounts]
      .sort(([idA, a], [idB, b]) => b.outgoing - a.outgoing || compareIds(idA, idB))
      .slice(0, n)
      .map(([id, account]) => `${id}(${account.outgoing})`);
  }

  // Level 3

  schedulePayment(
    timestamp: number,
    accountId: string,
    amount: number,
    delay: number,
  ): string | null {
    this.settle(timestamp);
    if (!this.accounts.has(accountId)) return null;
    this.paymentCount += 1;
    const id = `payment${this.paymentCount}`;
    const payment: Payment = { accountId, amount, due: timestamp + delay, status: "scheduled" };
    this.payments.set(id, payment);
    // Insert after every payment due at or before this one: equal due times keep scheduling order.
    let index = this.queue.length;
    while (index > 0 && this.queue[index - 1]!.due > payment.due) index -= 1;
    this.queue.splice(index, 0, payment);
    return id;
  }

  cancelPayment(timestamp: number, accountId: string, paymentId: string): boolean {
    this.settle(timestamp);
    const payment = this.ownedPayment(accountId, paymentId);
    if (payment === null || payment.status !== "scheduled") return false;
    // It stays in the queue; settle() skips anything that is no longer scheduled.
    payment.status = "canceled";
    return true;
  }

  getPaymentStatus(timestamp: number, accountId: string, paymentId: string): string | null {
    this.settle(timestamp);
    return this.ownedPayment(accountId, paymentId)?.status ?? null;
  }

  // Level 4

  mergeAccounts(timestamp: number, accountId1: string, accountId2: string): boolean {
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

  getBalanceAt(timestamp: number, accountId: string, timeAt: number): number | null {
    this.settle(timestamp);
    const history = this.accounts.get(accountId)?.history;
    if (history === undefined || history[0]![0] > timeAt) return null;
    // Binary search for the last entry at or before timeAt.
    let low = 0;
    let high = history.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (history[middle]![0] <= timeAt) low = middle;
      else high = middle - 1;
    }
    return history[low]![1];
  }

  // Helpers

  /** Runs, in order, every scheduled payment due at or before `timestamp`. */
  private settle(timestamp: number): void {
    while (this.queue.length > 0 && this.queue[0]!.due <= timestamp) {
      const payment = this.queue.shift()!;
      if (payment.status !== "scheduled") continue;
      const account = this.accounts.get(payment.accountId)!;
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
  private ownedPayment(accountId: string, paymentId: string): Payment | null {
    const payment = this.payments.get(paymentId);
    return payment !== undefined && payment.accountId === accountId ? payment : null;
  }

  private spend(account: Account, time: number, amount: number): void {
    account.outgoing += amount;
    this.change(account, time, -amount);
  }

  private change(account: Account, time: number, delta: number): void {
    account.balance += delta;
    account.history.push([time, account.balance]);
  }
}
