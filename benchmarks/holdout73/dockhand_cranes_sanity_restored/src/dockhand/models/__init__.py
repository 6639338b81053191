from .crane import CraneLoadNet
