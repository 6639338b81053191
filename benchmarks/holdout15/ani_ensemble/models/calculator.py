import torch


class Calculator:
    def __init__(self, model, species_order):
        self.model = model
        self.species_order = species_order

    def energy(self, species, coordinates):
        return self.model(species, coordinates)

    def energy_and_forces(self, species, coordinates):
        coordinates = coordinates.detach().requires_grad_(True)
        energy = self.energy(species, coordinates)
        derivative = torch.autograd.grad(energy.sum(), coordinates)[0]  # TM001-here
        return energy.detach(), -derivative
