from .ledger import LedgerTrainer

__all__ = ["LedgerTrainer"]
