class BankSystem:
    def __init__(self):
        pass

    def createAccount(self, timestamp, accountId):
        return False

    def deposit(self, timestamp, accountId, amount):
        return None

    def withdraw(self, timestamp, accountId, amount):
        return None

    def getBalance(self, timestamp, accountId):
        return None
