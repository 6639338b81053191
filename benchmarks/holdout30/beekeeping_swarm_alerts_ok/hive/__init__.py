from .net import SwarmNet
from .scoring import per_sample_grad_norms
