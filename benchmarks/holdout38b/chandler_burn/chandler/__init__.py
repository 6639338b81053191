from .lit import BurnTimeModule, MiniTrainer  # noqa: F401
