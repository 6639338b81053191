from .mdrnn import MDRNN, MDRNNCell, gmm_loss
from .vae import VAE

__all__ = ["MDRNN", "MDRNNCell", "VAE", "gmm_loss"]
