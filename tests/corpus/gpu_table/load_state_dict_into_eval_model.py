# expect: crash
"""Loading a checkpoint into a model that is in eval mode keeps eval mode: load_state_dict does not train()."""
import torch
import torch.nn as nn

torch.manual_seed(0)
trained = nn.LSTM(3, 5, batch_first=True)
model = nn.LSTM(3, 5, batch_first=True)
model.eval()
model.load_state_dict(trained.state_dict())
loss = model(torch.randn(2, 4, 3))[0].pow(2).mean()
loss.backward()  # TM001-here
print(loss.item())
