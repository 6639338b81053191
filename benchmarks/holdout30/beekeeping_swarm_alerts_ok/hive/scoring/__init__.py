from .grads import per_sample_grad_norms
