import torch


class Accelerator:
    """A tiny stand-in for the usual accelerate front end (single CPU process)."""

    def __init__(self, gradient_accumulation_steps=1, device="cpu"):
        self.device = torch.device(device)
        self.gradient_accumulation_steps = gradient_accumulation_steps
        self.step = 0

    def prepare(self, *objs):
        out = []
        for o in objs:
            if isinstance(o, torch.nn.Module):
                o = o.to(self.device)
            out.append(o)
        return out if len(out) > 1 else out[0]

    def backward(self, loss, **kwargs):
        loss = loss / self.gradient_accumulation_steps
        loss.backward(**kwargs)  # TM001-here
        self.step += 1

    @property
    def sync_gradients(self):
        return self.step % self.gradient_accumulation_steps == 0

    def print(self, *a):
        print(*a)
