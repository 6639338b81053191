from .maturity import HeadMaturityLSTM
