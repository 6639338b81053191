from .finds import FindsModel
