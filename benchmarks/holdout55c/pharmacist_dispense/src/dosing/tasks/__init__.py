from .refill import RefillTask
