# expect: clean
"""World Models pipeline: (1) random rollouts encoded by the VAE, (2) MDN-RNN trained on latents, (3) the controller
picked by a tiny evolution strategy using rollouts that run the MDN-RNN in eval under no_grad, (4) MDN-RNN refreshed."""
import torch
from models import build
from rollout import collect_rollouts, evaluate_controller
from train_mdrnn import train_mdrnn

cfg = {"latent": 4, "action": 2, "hidden": 8, "gaussians": 3}
vae, mdrnn, controller = (build(name, cfg) for name in ("vae", "mdrnn", "controller"))

data = collect_rollouts(vae, n=3)
train_mdrnn(mdrnn, data)

best, best_params = -1e9, None
base = torch.nn.utils.parameters_to_vector(controller.parameters()).detach()
for gen in range(3):
    cand = base + 0.1 * torch.randn_like(base)
    torch.nn.utils.vector_to_parameters(cand, controller.parameters())
    fitness = evaluate_controller(vae, mdrnn, controller)
    if fitness > best:
        best, best_params = fitness, cand

data += collect_rollouts(vae, n=2)
train_mdrnn(mdrnn, data)     # second round: train_mdrnn switches the RNN back itself
print("best fitness", best)
