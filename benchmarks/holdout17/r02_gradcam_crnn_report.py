# expect: crash
"""Rebuilt (own tiny code) from the shape of pytorch/pytorch#15788: a grad-cam.py script whose
GradCam.__call__ does one_hot.backward() on a model (here a conv + LSTM text-line classifier) put in eval()."""
import torch
import torch.nn as nn

torch.manual_seed(31)


class ConvLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv1d(1, 4, 3, padding=1), nn.ReLU())
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.classifier = nn.Linear(8, 3)

    def forward(self, x):
        f = self.features(x)
        h, _ = self.lstm(f.transpose(1, 2))
        return f, self.classifier(h[:, -1])


class GradCam:
    def __init__(self, model):
        self.model = model
        self.model.eval()
        self.grads = None

    def save_gradient(self, g):
        self.grads = g

    def __call__(self, x, index=None):
        feats, output = self.model(x)
        feats.register_hook(self.save_gradient)
        if index is None:
            index = output.argmax(-1).item()
        one_hot = torch.zeros_like(output)
        one_hot[0, index] = 1
        one_hot = (one_hot * output).sum()
        self.model.zero_grad()
        one_hot.backward()  # TM001-here
        weights = self.grads.mean(-1, keepdim=True)
        cam = torch.relu((weights * feats).sum(1))
        return (cam / (cam.max() + 1e-8)).detach()


def run():
    model = ConvLSTM()
    grad_cam = GradCam(model)
    mask = grad_cam(torch.randn(1, 1, 12), None)
    print(mask.shape)


if __name__ == "__main__":
    run()
    print("done")
