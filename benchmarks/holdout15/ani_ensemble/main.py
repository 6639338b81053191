# expect: crash
"""TorchANI-like ensemble of atomic networks. Here each "atomic network" is a
GRU over the neighbour list (a toy stand-in for the AEV). The ensemble is put in
eval mode for inference, and forces are computed as -dE/dx with
torch.autograd.grad through the recurrent atomic networks.
"""
import torch

from models.ensemble import Ensemble, load_members
from models.calculator import Calculator

torch.manual_seed(0)
members = load_members(["ani_0", "ani_1", "ani_2"], n_species=4)
ensemble = Ensemble(members).eval()
calc = Calculator(ensemble, species_order=["H", "C", "N", "O"])

species = torch.tensor([[1, 0, 0, 0, 0]])
coordinates = torch.randn(1, 5, 3)
energy, forces = calc.energy_and_forces(species, coordinates)
print("energy", energy.item(), "max |F|", forces.abs().max().item())
