"""Targeted PGD on the waveform features: push the transcription towards a chosen phrase."""
import torch
import torch.nn as nn

from model import encode


class Attacker:
    def __init__(self, model, epsilon=0.05, alpha=0.01, steps=5):
        self.model = model
        self.epsilon = epsilon
        self.alpha = alpha
        self.steps = steps
        self.criterion = nn.CTCLoss(blank=0, zero_infinity=True)

    def _ctc(self, data, target):
        log_probs, lengths = self.model(data, torch.tensor([data.shape[-1]]))
        target_len = torch.tensor([len(target)])
        return self.criterion(log_probs, target.unsqueeze(0), lengths, target_len)

    def attack(self, sound, target_text):
        # batch-norm statistics must not move while we optimise the input
        self.model.eval()
        target = encode(target_text)
        data = sound.clone().detach()
        original = sound.clone().detach()
        for step in range(self.steps):
            data.requires_grad = True
            loss = self._ctc(data, target)
            self.model.zero_grad()
            loss.backward()  # TM001-here
            with torch.no_grad():
                data = data - self.alpha * data.grad.sign()
                data = original + (data - original).clamp(-self.epsilon, self.epsilon)
            print(f"step {step}: ctc {loss.item():.3f}")
        return data.detach()
