from .penalty import gradient_penalty, wasserstein_critic_loss

__all__ = ["gradient_penalty", "wasserstein_critic_loss"]
