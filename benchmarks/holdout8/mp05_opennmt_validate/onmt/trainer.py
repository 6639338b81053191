import torch
import torch.nn as nn


class ModelSaver:
    def __init__(self):
        self.saved = []

    def save(self, step, model):
        self.saved.append((step, {k: v.clone() for k, v in model.state_dict().items()}))


class Trainer:
    def __init__(self, model, optim, valid_steps=2, model_saver=None, earlystopper=None):
        self.model = model
        self.optim = optim
        self.valid_steps = valid_steps
        self.model_saver = model_saver
        self.earlystopper = earlystopper
        self.criterion = nn.NLLLoss()

    def _gradient_accumulation(self, batch):
        src, tgt = batch
        out = self.model(src, tgt[:, :-1])
        loss = self.criterion(out.reshape(-1, out.size(-1)), tgt[:, 1:].reshape(-1))
        loss.backward()  # TM001-here
        return loss.item()

    def validate(self, valid_iter):
        self.model.eval()
        total = 0.0
        with torch.no_grad():
            for src, tgt in valid_iter:
                out = self.model(src, tgt[:, :-1])
                total += self.criterion(out.reshape(-1, out.size(-1)), tgt[:, 1:].reshape(-1)).item()
        return total

    def _maybe_restore_mode(self, valid_loss):
        if self.earlystopper is not None:
            self.earlystopper(valid_loss)
            self.model.train()

    def train(self, train_iter, train_steps, valid_iter=None):
        self.model.train()
        step = 0
        for batch in train_iter:
            step += 1
            self.optim.zero_grad()
            self._gradient_accumulation(batch)
            self.optim.step()
            if valid_iter is not None and step % self.valid_steps == 0:
                vloss = self.validate(valid_iter)
                print(f"step {step}: valid loss {vloss:.3f}")
                self._maybe_restore_mode(vloss)
            if self.model_saver is not None:
                self.model_saver.save(step, self.model)
            if step >= train_steps:
                break
        return step
