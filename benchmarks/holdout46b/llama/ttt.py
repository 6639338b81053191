"""Test-time training (TTT) for the llama-trek fatigue model.

The model has a shared GRU encoder, a main head (fatigue score) and an auxiliary head that
predicts the next sensor frame.  At test time, for every incoming batch we first predict, then
take a few gradient steps on the auxiliary (self-supervised) loss so the encoder adapts to the
new trail before the next batch arrives.
"""
import copy

import torch
import torch.nn.functional as F


class TestTimeTrainer:
    def __init__(self, model, lr=1e-3, steps=2, reset_each_batch=False):
        self.model = model
        self.initial_state = copy.deepcopy(model.state_dict())
        self.opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
        self.steps = steps
        self.reset_each_batch = reset_each_batch

    @torch.no_grad()
    def predict(self, x):
        self.model.eval()
        return self.model(x)

    def adapt(self, x):
        losses = []
        for _ in range(self.steps):
            pred_next = self.model.aux(x[:, :-1])
            loss = F.mse_loss(pred_next, x[:, 1:])
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            losses.append(loss.item())
        return losses

    def __call__(self, stream):
        outputs = []
        for x in stream:
            if self.reset_each_batch:
                self.model.load_state_dict(self.initial_state)
            outputs.append(self.predict(x))
            self.adapt(x)
        return torch.cat(outputs)
