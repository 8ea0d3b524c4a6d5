-- The fact store's own database and role, separate from Airflow's metadata database.
CREATE USER warrantwatch WITH PASSWORD 'warrantwatch';
CREATE DATABASE warrantwatch OWNER warrantwatch;
