from .seam import SeamNet
