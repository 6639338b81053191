import torch


class CudnnOff:
    """Turn cuDNN off for the body of a with-block and restore it afterwards."""

    def __enter__(self):
        self._prev = torch.backends.cudnn.enabled
        torch.backends.cudnn.enabled = False
        return self

    def __exit__(self, *exc):
        torch.backends.cudnn.enabled = self._prev
        return False
