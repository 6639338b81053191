"""Trainer with a validation step that leaves the model's mode as it found it."""
import torch


class Trainer:
    def __init__(self, model, optimizer, blank=0):
        self.model = model
        self.optimizer = optimizer
        self.ctc = torch.nn.CTCLoss(blank=blank, zero_infinity=True)

    def _loss(self, batch):
        log_probs = self.model(batch["spect"]).transpose(0, 1)
        T, B = log_probs.shape[:2]
        return self.ctc(log_probs, batch["targets"], torch.full((B,), T), batch["target_lengths"])

    def validate(self, loader):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            wer_proxy = sum(self._loss(b).item() for b in loader) / len(loader)
        self.model.train(was_training)
        return wer_proxy

    def fit(self, train_loader, val_loader, epochs, validate_every=2):
        self.model.train()
        step = 0
        for epoch in range(epochs):
            for batch in train_loader:
                loss = self._loss(batch)
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
                step += 1
                if step % validate_every == 0:
                    print(f"epoch {epoch} step {step} val {self.validate(val_loader):.3f}")
