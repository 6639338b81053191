# expect: clean
"""Canal lengthsmen: an energy model over water-level traces, with Langevin samples for the patrol report."""
from canal import LevelEnergy, Workshop

if __name__ == "__main__":
    shop = Workshop(LevelEnergy(hidden=6))
    shop.train_energy(steps=2)
    samples = shop.tools.sampler.sample(n=2, steps=4)
    print("sample means", [round(v, 3) for v in samples.mean((1, 2)).tolist()])
