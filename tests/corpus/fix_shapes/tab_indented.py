# expect: crash
"""Tab-indented code: the inserted line must be indented with a tab as well."""
import torch
import torch.nn as nn


def finetune(model, steps):
	opt = torch.optim.SGD(model.parameters(), lr=0.05)
	for _ in range(steps):
		x = torch.randn(2, 6, 3)
		loss = model(x)[0].abs().mean()
		opt.zero_grad()
		loss.backward()  # TM001-here
		opt.step()
	return loss.item()


if __name__ == "__main__":
	torch.manual_seed(0)
	net = nn.LSTM(3, 5, batch_first=True)
	net.eval()
	print(finetune(net, 2))
