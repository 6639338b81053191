from .model import DeliveryRNN
from .modes import evaluating
from .routines import audit_batch, train_steps
