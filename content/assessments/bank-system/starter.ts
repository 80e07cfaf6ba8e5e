export class BankSystem {
  createAccount(timestamp: number, accountId: string): boolean {
    return false;
  }

  deposit(timestamp: number, accountId: string, amount: number): number | null {
    return null;
  }

  withdraw(timestamp: number, accountId: string, amount: number): number | null {
    return null;
  }

  getBalance(timestamp: number, accountId: string): number | null {
    return null;
  }
}
