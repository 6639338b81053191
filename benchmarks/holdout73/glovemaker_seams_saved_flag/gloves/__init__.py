from .decorators import evaluating
from .steps import make_train_step
from .session import Session
