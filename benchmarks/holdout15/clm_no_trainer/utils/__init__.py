from .modeling import build_model
from .optim import get_linear_schedule_with_warmup
from .evaluation import evaluate_perplexity
from .data import group_texts

__all__ = ["build_model", "get_linear_schedule_with_warmup", "evaluate_perplexity", "group_texts"]
