from .switch import Evaluating
