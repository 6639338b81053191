# expect: crash
"""Grad-CAM over a CNN-LSTM video action classifier: forward/backward hooks on the last conv layer; the class score
is back-propagated through the LSTM to the conv activations; the model is in eval for inference."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class CNNLSTM(nn.Module):
    def __init__(self, n_cls=4):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 6, 3, padding=1), nn.ReLU())
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.fc = nn.Linear(8, n_cls)

    def forward(self, video):
        B, T = video.shape[:2]
        f = self.features(video.flatten(0, 1))
        f = f.mean((2, 3)).view(B, T, -1)
        h, _ = self.lstm(f)
        return self.fc(h[:, -1])


class GradCAM:
    def __init__(self, model, target_layer):
        self.model = model
        self.activations = self.gradients = None
        target_layer.register_forward_hook(self._save_act)
        target_layer.register_full_backward_hook(self._save_grad)

    def _save_act(self, m, i, o):
        self.activations = o.detach()

    def _save_grad(self, m, gi, go):
        self.gradients = go[0].detach()

    def __call__(self, video, class_idx=None):
        self.model.eval()
        logits = self.model(video)
        class_idx = logits.argmax(-1) if class_idx is None else class_idx
        self.model.zero_grad()
        logits.gather(1, class_idx.view(-1, 1)).sum().backward()  # TM001-here
        w = self.gradients.mean((2, 3), keepdim=True)
        return F.relu((w * self.activations).sum(1))


model = CNNLSTM()
cam = GradCAM(model, model.features[2])
print(cam(torch.randn(1, 3, 3, 8, 8)).shape)
