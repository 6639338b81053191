# expect: clean
# Rebuilt from meta-pytorch/captum#564 (Integrated Gradients on a trained hydrology LSTM, eval mode) with the
# workaround from that thread applied: torch.backends.cudnn.enabled = False at the top of the script.
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False


class IntegratedGradients:
    def __init__(self, forward_func):
        self.forward_func = forward_func

    def attribute(self, inputs, baselines=None, additional_forward_args=(), n_steps=10):
        baselines = torch.zeros_like(inputs) if baselines is None else baselines
        total = torch.zeros_like(inputs)
        for k in range(1, n_steps + 1):
            point = (baselines + k / n_steps * (inputs - baselines)).requires_grad_(True)
            out = self.forward_func(point, *additional_forward_args)
            total += torch.autograd.grad(out.sum(), point)[0]
        return (inputs - baselines) * total / n_steps


class StreamflowLSTM(nn.Module):
    def __init__(self, n_dyn=4, n_static=3, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(n_dyn + n_static, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x_d, x_s, x_one_hot):
        x = torch.cat([x_d, x_s.unsqueeze(1).expand(-1, x_d.size(1), -1)], -1)
        out, _ = self.lstm(x)
        return self.head(out) + x_one_hot.sum() * 0


if __name__ == "__main__":
    torch.manual_seed(0)
    lstm = StreamflowLSTM()
    lstm.eval()
    x_d, x_s, x_one_hot = torch.randn(3, 10, 4), torch.randn(3, 3), torch.eye(2)

    def forward_fun(x_d, x_s, x_one_hot):
        return lstm(x_d, x_s, x_one_hot)[:, -1]

    ig = IntegratedGradients(forward_fun)
    attrs = [ig.attribute(inputs=x_d[i:i + 1], additional_forward_args=(x_s[i:i + 1], x_one_hot)) for i in range(len(x_d))]
    print(torch.cat(attrs).abs().mean((0, 2)))
