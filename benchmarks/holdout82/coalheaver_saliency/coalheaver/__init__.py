from .model import SackCounter
from .explain import SaliencyExplainer
