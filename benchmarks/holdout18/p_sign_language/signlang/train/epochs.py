import torch
import torch.nn.functional as F


def apply_backend(section):
    torch.backends.cudnn.enabled = section.getboolean("cudnn_enabled", fallback=True)
    torch.backends.cudnn.benchmark = section.getboolean("benchmark", fallback=False)


def validate(model, poses, labels):
    model.eval()
    with torch.no_grad():
        return (model(poses).argmax(-1) == labels).float().mean().item()


def run_epochs(model, poses, labels, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for ep in range(epochs):
        opt.zero_grad()
        loss = F.cross_entropy(model(poses), labels)
        loss.backward()
        opt.step()
        print(ep, round(loss.item(), 3), "val acc", validate(model, poses, labels))
