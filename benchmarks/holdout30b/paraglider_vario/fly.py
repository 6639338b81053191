# expect: clean
"""Paraglider variometer: predict climb rate in the next 10 s from the barometer,
GPS ground speed and bank angle.  A run record owns the model via a default factory."""
import torch

from varioflight import FlightRun, run_training

if __name__ == "__main__":
    torch.manual_seed(44)
    run = FlightRun(name="annecy-0712")
    history = run_training(run, steps=6, val_every=2)
    for rec in history:
        print(rec)
