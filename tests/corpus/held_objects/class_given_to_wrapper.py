# expect: crash
"""A Translator is given the model class and a state dict, builds the model itself, loads the weights and puts
it in eval mode; attack() takes translator.model and optimises an input perturbation with loss.backward(),
which runs backward through the LSTM in eval mode."""
import torch
import torch.nn as nn


class Seq2SeqNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


class Translator:
    def __init__(self, model_factory, state):
        self.model = model_factory()
        self.model.load_state_dict(state)
        self.model.eval()

    def translate(self, x):
        with torch.no_grad():
            return self.model(x)


def attack(translator, x, steps=2, lr=0.1):
    model = translator.model
    delta = torch.zeros_like(x, requires_grad=True)
    optimizer = torch.optim.SGD([delta], lr=lr)
    target = torch.zeros(x.shape[0], x.shape[1], 3)
    for _ in range(steps):
        loss = -nn.functional.mse_loss(model(x + delta), target)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    return (x + delta).detach()


torch.manual_seed(0)
trained = Seq2SeqNet()
optimizer = torch.optim.SGD(trained.parameters(), lr=0.1)
src, tgt = torch.randn(4, 5, 3), torch.randn(4, 5, 3)
trained.train()
for _ in range(3):
    loss = nn.functional.mse_loss(trained(src), tgt)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

translator = Translator(Seq2SeqNet, trained.state_dict())
print(translator.translate(src).shape)
adv = attack(translator, src)
print((adv - src).abs().max().item())
