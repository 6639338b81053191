from .privacy import clip_and_noise, per_sample_grads

__all__ = ["clip_and_noise", "per_sample_grads"]
