from .psg import per_sample_grad_norms
