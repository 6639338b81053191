class SingleDeviceStrategy:
    def __init__(self, clip=None):
        self.clip = clip

    def backward(self, loss, module):
        loss.backward()  # TM001-here
        if self.clip is not None:
            import torch
            torch.nn.utils.clip_grad_norm_(module.parameters(), self.clip)

    def optimizer_step(self, optimizer):
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
