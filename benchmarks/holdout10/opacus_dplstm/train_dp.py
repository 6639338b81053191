# expect: clean
"""Opacus-style private training: PrivacyEngine.make_private wraps the model in a
GradSampleModule and the optimiser in a DPOptimizer (microbatch clipping + noise).

Validation leaves the wrapped model in eval and the next epoch never calls train(),
but the recurrent layer is privacy.layers.DPLSTM, built from nn.LSTMCell only.
"""
import torch
from torch import nn

from privacy import PrivacyEngine
from privacy.layers import DPLSTM


class NameClassifier(nn.Module):
    def __init__(self, n_chars=16, hidden=12, n_langs=3):
        super().__init__()
        self.embedding = nn.Embedding(n_chars, 8)
        self.lstm = DPLSTM(8, hidden)
        self.out = nn.Linear(hidden, n_langs)

    def forward(self, x):
        h = self.lstm(self.embedding(x))
        return self.out(h[:, -1])


def validate(model, data):
    model.eval()
    with torch.no_grad():
        x, y = data
        return (model(x).argmax(-1) == y).float().mean().item()


def main():
    torch.manual_seed(11)
    model = NameClassifier()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    train = [(torch.randint(0, 16, (4, 5)), torch.randint(0, 3, (4,))) for _ in range(3)]
    engine = PrivacyEngine()
    model, optimizer, train = engine.make_private(module=model, optimizer=optimizer, data_loader=train,
                                                  noise_multiplier=0.8, max_grad_norm=1.0)
    model.train()
    for epoch in range(3):
        for x, y in train:
            optimizer.zero_grad()
            optimizer.per_sample_step(model, nn.functional.cross_entropy, x, y)
            optimizer.step()
        print(epoch, "acc", validate(model, train[0]), "eps", engine.get_epsilon(delta=1e-5))


if __name__ == "__main__":
    main()
