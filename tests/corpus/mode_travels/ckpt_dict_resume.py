# expect: crash
"""Stage one trains a speech-command GRU, validates it (eval) and pickles a resume dict holding the whole module;
stage two reads the dict back and keeps training the module it holds, which is still in eval."""
import os
import tempfile

import torch
import torch.nn as nn

RESUME = os.path.join(tempfile.gettempdir(), "torchmode_ckpt_dict_resume.pt")


class CommandNet(nn.Module):
    def __init__(self, mels=5, hidden=7, words=4):
        super().__init__()
        self.gru = nn.GRU(mels, hidden, num_layers=2, batch_first=True)
        self.cls = nn.Linear(hidden, words)

    def forward(self, spec):
        return self.cls(self.gru(spec)[0].mean(1))


def stage_one():
    net = CommandNet()
    sgd = torch.optim.SGD(net.parameters(), lr=0.1)
    for _ in range(2):
        loss = nn.functional.cross_entropy(net(torch.randn(3, 8, 5)), torch.randint(0, 4, (3,)))
        sgd.zero_grad()
        loss.backward()
        sgd.step()
    net.eval()
    with torch.no_grad():
        print("val logits", net(torch.randn(2, 8, 5)).shape)
    torch.save({"net": net, "sgd": sgd.state_dict(), "step": 2}, RESUME)


def stage_two():
    state = torch.load(RESUME, weights_only=False)
    net = state["net"]
    sgd = torch.optim.SGD(net.parameters(), lr=0.1)
    sgd.load_state_dict(state["sgd"])
    for step in range(state["step"], 4):
        loss = nn.functional.cross_entropy(net(torch.randn(3, 8, 5)), torch.randint(0, 4, (3,)))
        sgd.zero_grad()
        loss.backward()  # TM001-here
        sgd.step()
        print(step, loss.item())


if __name__ == "__main__":
    try:
        stage_one()
        stage_two()
    finally:
        if os.path.exists(RESUME):
            os.remove(RESUME)
