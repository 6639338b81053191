"""An accelerate-like helper: prepare() wraps objects, backward() handles loss scaling and accumulation."""
import torch


class Accelerator:
    def __init__(self, gradient_accumulation_steps=1):
        self.gradient_accumulation_steps = gradient_accumulation_steps
        self.step = 0
        self.is_main_process = True

    def prepare(self, *objects):
        return objects

    def backward(self, loss):
        loss = loss / self.gradient_accumulation_steps
        loss.backward()  # TM001-here

    def sync_gradients(self):
        self.step += 1
        return self.step % self.gradient_accumulation_steps == 0

    def print(self, *args):
        if self.is_main_process:
            print(*args)
