# expect: crash
# category: scripts
# Grad-CAM over the time axis of a bidirectional GRU (pytorch#15788 shape): module-level script,
# a GradCam class with hooks on the recurrent feature map and one_hot.backward().
import torch
import torch.nn as nn
from torch.autograd import Variable

torch.manual_seed(62)
num_category = 6
seq_len, channel_input_size, channel_hidden_size = 10, 4, 8


class RNN(nn.Module):
    def __init__(self):
        super(RNN, self).__init__()
        self.channel_GRU = nn.GRU(channel_input_size, channel_hidden_size, 1, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * channel_hidden_size, num_category)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        feats, _ = self.channel_GRU(x)
        self.feature_map = feats
        return self.fc(feats.mean(1))


class GradCam:
    def __init__(self, model):
        self.model = model
        self.model.eval()
        self.gradients = None

    def save_gradient(self, grad):
        self.gradients = grad

    def __call__(self, input, index=None):
        output = self.model(input)
        self.model.feature_map.register_hook(self.save_gradient)
        if index is None:
            index = output.argmax(1).item()
        one_hot = torch.zeros(1, output.size(-1))
        one_hot[0][index] = 1
        one_hot = Variable(one_hot, requires_grad=True)
        one_hot = torch.sum(one_hot * output)
        self.model.zero_grad()
        one_hot.backward()  # TM001-here
        weights = self.gradients.mean(dim=1, keepdim=True)
        cam = torch.relu((weights * self.model.feature_map).sum(-1)).squeeze(0)
        return (cam / (cam.max() + 1e-8)).detach()


model = RNN()
optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
for it in range(3):
    x = torch.randn(4, seq_len, channel_input_size)
    loss = nn.functional.cross_entropy(model(x), torch.randint(0, num_category, (4,)))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

grad_cam = GradCam(model)
input = torch.randn(1, seq_len, channel_input_size)
target_index = None
mask = grad_cam(input, target_index)
print("temporal importance:", [round(v, 2) for v in mask.tolist()])
