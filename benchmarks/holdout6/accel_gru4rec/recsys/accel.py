"""An accelerate-like wrapper: prepare() and backward() with optional loss scaling."""
import torch


class Accelerator:
    def __init__(self, mixed_precision="no", gradient_accumulation_steps=1):
        use_amp = mixed_precision == "fp16" and torch.cuda.is_available()
        self.scaler = torch.amp.GradScaler("cuda", enabled=use_amp)
        self.gradient_accumulation_steps = gradient_accumulation_steps
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    def prepare(self, *objs):
        return tuple(o.to(self.device) if isinstance(o, torch.nn.Module) else o for o in objs)

    def backward(self, loss):
        self.scaler.scale(loss / self.gradient_accumulation_steps).backward()

    def step(self, optimizer):
        self.scaler.step(optimizer)
        self.scaler.update()
        optimizer.zero_grad()
