export class BankSystem {
  constructor() {}

  createAccount(timestamp, accountId) {
    return false;
  }

  deposit(timestamp, accountId, amount) {
    return null;
  }

  withdraw(timestamp, accountId, amount) {
    return null;
  }

  getBalance(timestamp, accountId) {
    return null;
  }
}
