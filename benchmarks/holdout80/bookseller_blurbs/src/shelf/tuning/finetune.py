import torch
import torch.nn.functional as F


class Finetuner:
    def __init__(self, model, lr):
        self.model = model
        self.opt = torch.optim.AdamW(model.parameters(), lr=lr)

    def step(self, tokens, clicked):
        loss = F.binary_cross_entropy_with_logits(self.model(tokens), clicked)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run_epoch(self, batches):
        losses = [self.step(t, c) for t, c in batches]
        return round(sum(losses) / len(losses), 4)
