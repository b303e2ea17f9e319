import './fonts.css';
import './main.ts';
