from .ledger_lstm import LedgerClassifier

__all__ = ["LedgerClassifier"]
