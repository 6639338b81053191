# expect: crash
# category: notebook
# Notebook export: the first cells were copied from the deployment snippet (load the shipped model and run
# inference); later cells fine-tune the same object on newly labelled data.
import os

import torch
import torch.nn as nn

torch.manual_seed(91)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(7, 10, num_layers=2, batch_first=True, bidirectional=True)
        self.out = nn.Linear(20, 2)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


# (setup for this export: write the "shipped" weights next to the notebook)
torch.save(Tagger().state_dict(), "shipped_tagger.pt")

# %% deployment snippet
model = Tagger()
model.load_state_dict(torch.load("shipped_tagger.pt"))
model = model.eval()
os.remove("shipped_tagger.pt")
frames = torch.randn(3, 12, 7)
with torch.inference_mode():
    print("predicted flags:", model(frames).argmax(-1).sum(1).tolist())

# %% new labelled recordings arrived -- fine-tune
new_x, new_y = torch.randn(10, 12, 7), torch.randint(0, 2, (10, 12))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(2):
    logits = model(new_x)
    loss = nn.functional.cross_entropy(logits.reshape(-1, 2), new_y.reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("epoch", epoch, loss.item())
